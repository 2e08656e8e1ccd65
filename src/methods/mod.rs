//! Classification and regression methods beside the neural network.

pub mod fisher;

pub use fisher::{Fisher, FisherMethod};
