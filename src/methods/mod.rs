//! Classification and regression methods beside the neural network.

pub mod fisher;
pub mod pytorch;

pub use fisher::{Fisher, FisherMethod};
pub use pytorch::{PyTorchConfig, Task, TrainedNetwork, ValidationSize, train_network};
