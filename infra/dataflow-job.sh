#!/usr/bin/env bash
# Launch chartsum on Dataflow with GPU workers. Needs: the GPU image pushed to $IMAGE, the Med42
# weights baked into it or on a mounted volume, and the patient-key secret in the worker environment.
set -euo pipefail
: "${PROJECT:?}" "${REGION:?}" "${IMAGE:?}" "${INPUT:?}" "${OUTPUT:?}" "${TEMP:?}"
chartsum run --config infra/config.med42-8b.yaml --input "$INPUT" --output "$OUTPUT" \
  --runner DataflowRunner --project "$PROJECT" --region "$REGION" --temp_location "$TEMP" \
  --sdk_container_image "$IMAGE" --sdk_location container \
  --machine_type g2-standard-8 \
  --dataflow_service_options "worker_accelerator=type:nvidia-l4;count:1;install-nvidia-driver" \
  --experiments use_runner_v2 --number_of_worker_harness_threads 1
