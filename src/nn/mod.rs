//! Neural networks: the `Sequential` model, its layers, losses, optimizers
//! and the training loop, all Burn modules on a run-time `Device`.

pub mod activation;
pub mod custom;
pub mod inference;
pub mod layers;
pub mod loss;
pub mod optim;
pub mod sequential;
pub mod train;

pub use activation::{ActivationDef, ActivationSpec};
pub use custom::{CustomLayer, CustomRegistry, NoCustom};
pub use layers::{Layer, LayerSpec};
pub use loss::{Loss, LossKind, Reduction, Target};
pub use optim::{Optimizer, OptimizerConfig};
pub(crate) use sequential::check_layer_names;
pub use sequential::{NamedTensor, Sequential, SequentialBuilder, SequentialSpec, StateDict};
pub use train::{
    Backprop, Batch, Criterion, CustomObjects, EarlyStopping, EpochRecord, LrSchedule, PredictFn,
    TrainArgs, TrainingConfig, TrainingData, TrainingHistory, TrainingOutcome, clip_grad_norm,
    compute_gradients, data_parallel_gradients, evaluate_loss, make_batches, predict, predict_with,
    train, train_step,
};
