# Makes small test recordings at test time (no media is kept in the repository). Sourced by the
# recording e2e tests and scripts/recorded-screenshot.sh.
#   make_test_video OUT.mp4 SECONDS   25 fps test pattern, frame number as text and as a barcode
#                                     in the top 40 rows (16 blocks of 20 px, low bit first), 440 Hz tone
#   make_test_audio OUT SECONDS       a 330 Hz tone (format from the extension: m4a, mp3, wav, ...)
#   make_spoken_session DIR           a short coaching exchange spoken by espeak-ng in two voices:
#                                     DIR/session.wav, its WebVTT transcript DIR/session.vtt, and
#                                     DIR/session.mp4 (the speech over the test pattern)

make_test_video() {
  local out=$1 seconds=$2
  ffmpeg -nostdin -hide_banner -loglevel error -y -f lavfi -i "testsrc2=s=320x240:r=25:d=$seconds" \
    -f lavfi -i "sine=frequency=440:duration=$seconds" \
    -filter_complex "[0:v]geq=lum='if(lt(Y,40),if(mod(floor(N/pow(2,floor(X/20))),2),235,16),lum(X,Y))':cb='if(lt(Y,40),128,cb(X,Y))':cr='if(lt(Y,40),128,cr(X,Y))',drawtext=fontfile=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf:text='frame %{frame_num}':x=10:y=200:fontsize=24:fontcolor=white:box=1:boxcolor=black,format=yuv420p[v]" \
    -map "[v]" -map 1:a -c:v libx264 -preset ultrafast -crf 30 -g 25 -c:a aac -b:a 64k -shortest "$out"
}

make_test_audio() {
  local out=$1 seconds=$2
  ffmpeg -nostdin -hide_banner -loglevel error -y -f lavfi -i "sine=frequency=330:duration=$seconds" "$out"
}

# One line per turn: "voice:pitch|speaker|text". Each turn is spoken, then followed by a pause.
_session_lines() {
  cat <<'LINES'
en-us:35|Jane|Good morning Sam. What would you like to focus on today?
en-gb-x-rp:80|Sam|My new role. I lead a team of eight now, and I find it hard to say no.
en-us:35|Jane|What makes saying no hard for you?
en-gb-x-rp:80|Sam|I worry they will think I am not a team player.
en-us:35|Jane|Is that true? Or is it a story you tell yourself?
en-gb-x-rp:80|Sam|Probably a story. I never checked.
en-us:35|Jane|How could you check it this week?
en-gb-x-rp:80|Sam|I could ask two people on my team how they see it.
LINES
}

make_spoken_session() {
  local dir=$1
  mkdir -p "$dir/parts"
  local vtt="$dir/session.vtt" list="$dir/parts/list.txt" at=0 n=0
  printf 'WEBVTT\n\n' > "$vtt"
  : > "$list"
  while IFS='|' read -r voice speaker text; do
    n=$((n + 1))
    espeak-ng -v "${voice%%:*}" -p "${voice##*:}" -s 165 -w "$dir/parts/$n.wav" "$text"
    ffmpeg -nostdin -hide_banner -loglevel error -y -i "$dir/parts/$n.wav" -ar 22050 -ac 1 "$dir/parts/$n-r.wav"
    local length
    length=$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$dir/parts/$n-r.wav")
    local end
    end=$(awk -v a="$at" -v l="$length" 'BEGIN { printf "%.3f", a + l }')
    printf '%s\n%s --> %s\n<v %s>%s</v>\n\n' "$n" "$(_vtt_time "$at")" "$(_vtt_time "$end")" "$speaker" "$text" >> "$vtt"
    # A pause after each turn; a long one after the closed question, where Sam thinks.
    local pause=1.2
    [ "$n" = 5 ] && pause=6
    ffmpeg -nostdin -hide_banner -loglevel error -y -f lavfi -i "anullsrc=r=22050:cl=mono:d=$pause" "$dir/parts/$n-p.wav"
    printf "file '%s'\nfile '%s'\n" "$n-r.wav" "$n-p.wav" >> "$list"
    at=$(awk -v e="$end" -v p="$pause" 'BEGIN { printf "%.3f", e + p }')
  done < <(_session_lines)
  ffmpeg -nostdin -hide_banner -loglevel error -y -f concat -safe 0 -i "$list" -c pcm_s16le "$dir/session.wav"
  local seconds
  seconds=$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$dir/session.wav")
  ffmpeg -nostdin -hide_banner -loglevel error -y -f lavfi -i "testsrc2=s=640x360:r=25:d=$seconds" -i "$dir/session.wav" \
    -vf "drawtext=fontfile=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf:text='%{pts\:hms}':x=12:y=h-44:fontsize=28:fontcolor=white:box=1:boxcolor=black@0.6,format=yuv420p" \
    -c:v libx264 -preset ultrafast -crf 32 -c:a aac -b:a 64k -shortest "$dir/session.mp4"
}

_vtt_time() {
  awk -v t="$1" 'BEGIN { h = int(t / 3600); m = int((t - h * 3600) / 60); s = t - h * 3600 - m * 60; printf "%02d:%02d:%06.3f", h, m, s }'
}
