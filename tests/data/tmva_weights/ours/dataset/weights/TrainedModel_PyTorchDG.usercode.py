"""Run by ROOT's MethodPyTorch (option UserCode) before it applies the model
trained by tmva-burn beside this file: its Reader looks these entries up."""
import torch


def train(*args, **kwargs):
    raise RuntimeError("trained by tmva-burn: this file serves ROOT's Reader only")


def predict(model, test_X, batch_size=32):
    model.eval()
    with torch.no_grad():
        return model(torch.as_tensor(test_X, dtype=torch.float32)).numpy()


load_model_custom_objects = {
    "optimizer": torch.optim.SGD,
    "criterion": torch.nn.MSELoss(),
    "train_func": train,
    "predict_func": predict,
}
