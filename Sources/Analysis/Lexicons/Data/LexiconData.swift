/// Word lists the rule-based analysis needs, as generated Swift string literals.
///
/// Each property is a newline-separated, sorted list without duplicates; some
/// lists have tab-separated fields. The extensions in the other files of this
/// folder are written by `scripts/lexicons/generate.py` (see its README for the
/// sources and their licences); parse them once and keep the result.
enum LexiconData {}
// t
