"""The data files of the ``analysis`` package (word lists, rules, model weights, gold labels).

This folder installs as ``analysis.data``; ``analysis.lexicon.resources`` finds it through that
package, in an editable install and in a plain ``pip install .`` alike. No code here.
"""
