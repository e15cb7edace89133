"""Data in: loaders, file formats, binding to a spec's fields, generated data sets."""
