"""Settings every test tier shares: a throwaway data folder, so no test touches the user's bank."""

import os
import tempfile

os.environ["QUIZGEN_DATA_DIR"] = tempfile.mkdtemp(prefix="quizgen-test-data-")
