#!/usr/bin/env bash
# Recorded sessions: generated media played through the real player with a real GL context
# under Xvfb — a frame renders, exact seeks land within one frame (read from the burnt-in
# barcode), the media clock stamps events with the media position, autopause, audio-only files,
# and broken or missing files reported by name. Then every common container opens.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/recording_media.sh"

probe="$COACHSCOPE_BUILD/tests/media_probe"
[ -x "$probe" ] || fail "media_probe not built at $probe"

make_test_video "$out_dir/pattern.mp4" 20
make_test_audio "$out_dir/tone.m4a" 8
head -c 4096 /dev/urandom > "$out_dir/broken.mp4"
with_display "$probe" "$out_dir/pattern.mp4" "$out_dir/tone.m4a" "$out_dir/broken.mp4"

# The other formats the issue names: mp3, wav (audio); webm, mkv (video).
make_test_audio "$out_dir/tone.mp3" 8
make_test_audio "$out_dir/tone.wav" 8
ffmpeg -hide_banner -loglevel error -y -i "$out_dir/pattern.mp4" -t 20 -c:v libvpx -b:v 300k -deadline realtime -c:a libopus "$out_dir/pattern.webm"
ffmpeg -hide_banner -loglevel error -y -i "$out_dir/pattern.mp4" -c copy "$out_dir/pattern.mkv"
for video in pattern.webm pattern.mkv; do
  with_display "$probe" "$out_dir/$video" "$out_dir/tone.mp3" "$out_dir/broken.mp4" > "$out_dir/$video.log" ||
    { cat "$out_dir/$video.log"; fail "$video"; }
  with_display "$probe" "$out_dir/$video" "$out_dir/tone.wav" "$out_dir/broken.mp4" > "$out_dir/$video-wav.log" ||
    { cat "$out_dir/$video-wav.log"; fail "$video with wav"; }
  echo "ok $video, mp3, wav"
done
echo "ok"
