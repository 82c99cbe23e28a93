import pytest

from pipeline import cli


def test_models_list_marks_the_default(capsys):
    assert cli.main(["models", "list"]) == 0
    out = capsys.readouterr().out
    assert "* smollm2-135m" in out and "meditron-7b-gguf-q4km" in out and "ctx=2048" in out


@pytest.mark.parametrize(
    "argv,message",
    [
        (["run", "--input", "/nonexistent/*.jsonl", "--output", "/tmp/x"], "no input files match"),
        (["run", "--input", "x", "--output", "y", "--model", "gpt-9"], "unknown model profile"),
        (["models", "prepare", "--model", "meditron-7b-gguf-q4km"], "not found"),
        (["run", "--input", "x", "--output", "y", "--config", "/nonexistent.yaml"], "config file not found"),
    ],
)
def test_setup_errors_are_one_clear_line(argv, message, capsys):
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_unprepared_model_is_named(tmp_path, capsys):
    notes = tmp_path / "n.jsonl"
    notes.write_text("{}\n")
    assert cli.main(["run", "--input", str(notes), "--output", str(tmp_path / "o"), "--cache-dir", str(tmp_path / "empty")]) == 2
    assert "chartsum models prepare" in capsys.readouterr().err
