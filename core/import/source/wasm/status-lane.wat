;; The status fast lane's byte matching (status-fast-lane.ts holds the rules and the JavaScript side).
;; A status-log row is usually the timestamp the row before wrote, then exactly the cells its stream wrote
;; last time; run() takes such rows while they come, sixteen bytes compared at a time, and keeps each
;; stream template's taken rows as one pending run (same 15-minute bucket, evenly spaced), so the
;; JavaScript side counts a stream's samples once per bucket instead of once per row. It stops at the first
;; row it cannot take and leaves that row to the CSV reader.
;;
;; Memory (byte offsets; status-lane-module.ts mirrors them):
;;   0      ts length (0: no timestamp yet)        4  last template taken or learnt (-1: none)
;;   8      rows taken by the last run              12 runs queued by the last run
;;   16     the timestamp's instant (f64)           24 its 15-minute bucket (f64)
;;   32     the last run stopped at a row of a new timestamp followed by the guessed stream's cells: the
;;          length of that timestamp and its delimiter (0: it did not)
;;   64     the timestamp bytes and their delimiter (at most 64)
;;   1024   templates, 128 bytes each: +0 length, +4 ends the row (1/0), +8 the template that followed it
;;          last time (-1: none), +16 the bytes (at most 112); at most 2048 templates
;;   per template, the pending run: 263168 rows (i32; 0: none), 271360 first line (i32),
;;          279552 first instant (f64), 295936 last instant (f64), 312320 bucket (f64)
;;   328704 the queue: pending runs a run ended, 32 bytes each: template, rows, first line (i32 at +0, +4,
;;          +8), first and last instant (f64 at +16, +24); at most one per template and run
;;   394240 per template, its stream's last row instant (f64); 410624 the step a row must come after it (f64):
;;          a row is taken only that step after its stream's last row, so its instant and interval are known
;;          without reading it (SPEC 2 observed time needs every interval)
;;   458752 the chunk; the memory always holds 16 bytes past its end, so a 16-byte load never leaves it
(module
  (memory (export "memory") 8)

  ;; 1 when a[0, n) equals b[0, n): whole 16-byte blocks, then the first n bytes of the last block
  (func $same (param $a i32) (param $b i32) (param $n i32) (result i32)
    (local $m i32) (local $need i32)
    (loop $block
      (if (i32.gt_s (local.get $n) (i32.const 0))
        (then
          (local.set $m (i8x16.bitmask (i8x16.eq (v128.load (local.get $a)) (v128.load (local.get $b)))))
          (local.set $need
            (select (i32.const 0xffff)
                    (i32.sub (i32.shl (i32.const 1) (local.get $n)) (i32.const 1))
                    (i32.ge_s (local.get $n) (i32.const 16))))
          (if (i32.ne (i32.and (local.get $m) (local.get $need)) (local.get $need))
            (then (return (i32.const 0))))
          (local.set $a (i32.add (local.get $a) (i32.const 16)))
          (local.set $b (i32.add (local.get $b) (i32.const 16)))
          (local.set $n (i32.sub (local.get $n) (i32.const 16)))
          (br $block))))
    (i32.const 1))

  ;; The chunk position of the line feed ending the cells from p on, or -1 when a quote comes first (it may
  ;; hide a line feed) or no line feed comes before len (the row may go on in the next chunk).
  (func $lineEnd (param $p i32) (param $len i32) (result i32)
    (local $v v128) (local $lf i32) (local $q i32) (local $i i32)
    (loop $block
      (if (i32.ge_s (local.get $p) (local.get $len)) (then (return (i32.const -1))))
      (local.set $v (v128.load (i32.add (i32.const 458752) (local.get $p))))
      (local.set $lf (i8x16.bitmask (i8x16.eq (local.get $v) (i8x16.splat (i32.const 10)))))
      (local.set $q (i8x16.bitmask (i8x16.eq (local.get $v) (i8x16.splat (i32.const 34)))))
      (if (local.get $lf)
        (then
          (local.set $i (i32.ctz (local.get $lf)))
          (if (i32.ge_s (i32.add (local.get $p) (local.get $i)) (local.get $len)) (then (return (i32.const -1))))
          (if (i32.and (local.get $q) (i32.sub (i32.shl (i32.const 1) (local.get $i)) (i32.const 1)))
            (then (return (i32.const -1))))
          (return (i32.add (local.get $p) (local.get $i)))))
      (if (local.get $q) (then (return (i32.const -1))))
      (local.set $p (i32.add (local.get $p) (i32.const 16)))
      (br $block))
    (i32.const -1))

  ;; The length of the row's timestamp and its delimiter when the row at pos is a new timestamp (no quote or
  ;; line feed, at most 64 bytes) followed by the template at tpl; 0 when it is not.
  (func $newTimestamp (param $pos i32) (param $len i32) (param $tsLen i32) (param $tpl i32) (result i32)
    (local $d i32) (local $i i32) (local $b i32) (local $end i32) (local $n i32)
    (local.set $d (i32.load8_u offset=63 (local.get $tsLen)))
    (local.set $end (select (local.get $len) (i32.add (local.get $pos) (i32.const 64))
                            (i32.lt_s (local.get $len) (i32.add (local.get $pos) (i32.const 64)))))
    (local.set $i (local.get $pos))
    (block $found
      (loop $byte
        (if (i32.ge_s (local.get $i) (local.get $end)) (then (return (i32.const 0))))
        (local.set $b (i32.load8_u offset=458752 (local.get $i)))
        (br_if $found (i32.eq (local.get $b) (local.get $d)))
        (if (i32.or (i32.eq (local.get $b) (i32.const 10)) (i32.eq (local.get $b) (i32.const 34)))
          (then (return (i32.const 0))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $byte)))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (local.set $n (i32.load (local.get $tpl)))
    (if (i32.gt_s (i32.add (local.get $i) (local.get $n)) (local.get $len)) (then (return (i32.const 0))))
    (if (i32.eqz (call $same (i32.add (i32.const 458752) (local.get $i)) (i32.add (local.get $tpl) (i32.const 16))
                             (local.get $n)))
      (then (return (i32.const 0))))
    (i32.sub (local.get $i) (local.get $pos)))

  ;; Takes rows of the chunk [pos, len) while each is the stored timestamp followed by the template that
  ;; followed the last one taken; returns the position after the last row taken (pos when none was).
  ;; line: the 1-based line at pos.
  (func (export "run") (param $pos i32) (param $len i32) (param $line i32) (result i32)
    (local $tsLen i32) (local $last i32) (local $g i32) (local $tpl i32) (local $n i32) (local $p i32)
    (local $taken i32) (local $queued i32) (local $c i32) (local $g4 i32) (local $g8 i32) (local $q i32)
    (local $t f64) (local $bucket f64)
    (local.set $tsLen (i32.load (i32.const 0)))
    (local.set $last (i32.load (i32.const 4)))
    (local.set $t (f64.load (i32.const 16)))
    (local.set $bucket (f64.load (i32.const 24)))
    (i32.store (i32.const 32) (i32.const 0))
    (block $stop
      (br_if $stop (i32.eqz (local.get $tsLen)))
      (loop $row
        (br_if $stop (i32.lt_s (local.get $last) (i32.const 0)))
        (local.set $g (i32.load offset=1032 (i32.shl (local.get $last) (i32.const 7))))
        (br_if $stop (i32.lt_s (local.get $g) (i32.const 0)))
        (local.set $tpl (i32.add (i32.const 1024) (i32.shl (local.get $g) (i32.const 7))))
        (local.set $n (i32.load (local.get $tpl)))
        (local.set $p (i32.add (local.get $pos) (local.get $tsLen)))
        (br_if $stop (i32.gt_s (i32.add (local.get $p) (local.get $n)) (local.get $len)))
        (if (i32.eqz (call $same (i32.add (i32.const 458752) (local.get $pos)) (i32.const 64) (local.get $tsLen)))
          (then
            (i32.store (i32.const 32) (call $newTimestamp (local.get $pos) (local.get $len) (local.get $tsLen) (local.get $tpl)))
            (br $stop)))
        (br_if $stop (i32.eqz (call $same (i32.add (i32.const 458752) (local.get $p))
                                          (i32.add (local.get $tpl) (i32.const 16)) (local.get $n))))
        (local.set $p (i32.add (local.get $p) (local.get $n)))
        (if (i32.load offset=4 (local.get $tpl))
          (then (local.set $p (i32.sub (local.get $p) (i32.const 1))))
          (else
            (local.set $p (call $lineEnd (local.get $p) (local.get $len)))
            (br_if $stop (i32.lt_s (local.get $p) (i32.const 0)))))
        ;; only a row one step after its stream's last row: any other interval is left to the reader
        (local.set $g4 (i32.shl (local.get $g) (i32.const 2)))
        (local.set $g8 (i32.shl (local.get $g) (i32.const 3)))
        (br_if $stop (f64.lt (f64.load offset=410624 (local.get $g8)) (f64.const 0)))
        (br_if $stop (f64.ne (f64.sub (local.get $t) (f64.load offset=394240 (local.get $g8)))
                             (f64.load offset=410624 (local.get $g8))))
        ;; the row is taken: into its template's pending run, which first goes to the queue when this row
        ;; cannot extend it (another bucket)
        (local.set $c (i32.load offset=263168 (local.get $g4)))
        (if (i32.and
              (i32.gt_s (local.get $c) (i32.const 0))
              (i32.or (f64.ne (f64.load offset=312320 (local.get $g8)) (local.get $bucket))
                      (f64.lt (local.get $t) (f64.load offset=295936 (local.get $g8)))))
          (then
            (local.set $q (i32.add (i32.const 328704) (i32.shl (local.get $queued) (i32.const 5))))
            (i32.store (local.get $q) (local.get $g))
            (i32.store offset=4 (local.get $q) (local.get $c))
            (i32.store offset=8 (local.get $q) (i32.load offset=271360 (local.get $g4)))
            (f64.store offset=16 (local.get $q) (f64.load offset=279552 (local.get $g8)))
            (f64.store offset=24 (local.get $q) (f64.load offset=295936 (local.get $g8)))
            (local.set $queued (i32.add (local.get $queued) (i32.const 1)))
            (local.set $c (i32.const 0))))
        (if (i32.eqz (local.get $c))
          (then
            (i32.store offset=271360 (local.get $g4) (local.get $line))
            (f64.store offset=279552 (local.get $g8) (local.get $t))
            (f64.store offset=312320 (local.get $g8) (local.get $bucket))))
        (i32.store offset=263168 (local.get $g4) (i32.add (local.get $c) (i32.const 1)))
        (f64.store offset=295936 (local.get $g8) (local.get $t))
        (f64.store offset=394240 (local.get $g8) (local.get $t))
        (local.set $taken (i32.add (local.get $taken) (i32.const 1)))
        (local.set $line (i32.add (local.get $line) (i32.const 1)))
        (local.set $last (local.get $g))
        (local.set $pos (i32.add (local.get $p) (i32.const 1)))
        (br $row)))
    (i32.store (i32.const 4) (local.get $last))
    (i32.store (i32.const 8) (local.get $taken))
    (i32.store (i32.const 12) (local.get $queued))
    (local.get $pos)))
