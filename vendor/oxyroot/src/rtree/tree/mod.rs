pub mod reader;
pub mod tio_features;
pub mod writer;

pub mod traits;

pub mod branch_name;

pub mod base;

// pub struct TioFeatures {
//     val:
// }
// pub type WriterTree<T> = Tree<WBranch<T>>;

pub use base::Tree;
pub use reader::ReaderTree;
pub use writer::StateCallBack;
pub use writer::WriterTree;
