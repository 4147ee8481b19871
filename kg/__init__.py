"""kg: news articles in, events out, as RDF, networkx graphs and HTML pages."""

__version__ = "0.1.0"
EXTRACTOR = f"kg/{__version__}"

__all__ = ["__version__", "EXTRACTOR"]
