"""Model profiles, including the GPU ones, checked for configuration without a GPU."""

import pytest
from vllm.engine.arg_utils import EngineArgs

from pipeline.config import GenerationConfig
from pipeline.generate import engine_kwargs
from pipeline.models import PROFILES, get_profile


@pytest.mark.parametrize("name", sorted(PROFILES))
def test_every_profile_makes_valid_engine_args(name, tmp_path):
    profile = get_profile(name)
    kwargs = engine_kwargs(profile.model_path(tmp_path), profile, GenerationConfig())
    args = EngineArgs(**kwargs)  # rejects unknown or mistyped arguments
    assert args.max_model_len == profile.context_len
    assert args.structured_outputs_config.disable_any_whitespace is True


def test_med42_profiles_follow_the_model_card():
    for name, tp in (("med42-v2-8b", 1), ("med42-v2-70b", 4)):
        profile = get_profile(name)
        assert profile.sampling == {"temperature": 0.4, "top_k": 150, "top_p": 0.75}
        assert profile.stop == ("<|eot_id|>",) and profile.context_len == 8192
        assert profile.engine_args["tensor_parallel_size"] == tp


def test_meditron_is_a_2k_completion_model():
    profile = get_profile("meditron-7b-gguf-q4km")
    assert profile.context_len == 2048 and profile.prompt_format == "completion" and profile.needs_conversion


def test_unknown_profile_lists_the_known_ones():
    with pytest.raises(ValueError, match="smollm2-135m"):
        get_profile("gpt-9")
