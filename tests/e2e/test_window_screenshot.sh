#!/usr/bin/env bash
# The real binary opens its window under Xvfb on the built-in default and writes a screenshot.
source "$(dirname "$0")/lib.sh"

with_display "$COACHSCOPE_BIN" --screenshot "$out_dir/default.png" --frames 5 --size 1280x720 --tab Framework
expect_rich_png "$out_dir/default.png" 1280 720

with_display "$COACHSCOPE_BIN" --screenshot "$out_dir/light.png" --frames 5 --size 1280x720 --theme light --tab Framework
expect_rich_png "$out_dir/light.png" 1280 720
echo "ok"
