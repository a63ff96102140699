;; The CSV reader's fast path for many rows at once (csv-reader.ts holds the rules and the JavaScript side):
;; finds the delimiters and line ends of a chunk sixteen bytes at a time and writes, row after row, where
;; each row starts and ends and where its cells end, as CsvReader.splitRow would split them, reads the
;; timestamps of up to two columns (an interval log's start and end), and looks up to three name columns
;; (severity word, service, region) in caches of the ids JavaScript gave those names. It stops before a
;; row holding a quote (the RFC 4180 path reads it) and before a row with no line end in the chunk.
;;
;; Memory (byte offsets; row-splitter-module.ts mirrors them):
;;   0      the delimiter byte (i32)      4  cells kept per row (1..32; later delimiters end no cell)
;;   8      rows written by the last split
;;   12, 16 two columns whose timestamps are read as well (-1: none)
;;   20     how many name columns (0..3) are looked up in the name caches; 24, 28, 32: those columns
;;   64     the rows, (3 + cells kept) i32 each: start, line feed, cells (0: a blank line), then each
;;          cell's end; at most 1024 rows a split
;;   147456 each row's two timestamps (f64 ms since epoch; NaN: not read here, the JavaScript side reads
;;          it): only the common forms with a UTC offset, YYYY-MM-DD(T|t| )HH:MM:SS, then .f to .fff or ,f to
;;          ,fff, an optional space, and Z, z, ±HH, ±HHMM or ±HH:MM; timestamp.ts reads them to the same value
;;   163840 each row's three name ids (i32; -2: not in the cache, the JavaScript side reads the cell)
;;   180224 the name caches, one per name column: 256 slots of 64 bytes, each a name's length (i32, 0: empty),
;;          the id JavaScript gave it (i32) and its bytes from +16 (1 to 48); a slot is chosen by the
;;          name's length and five of its bytes, mixed (name-cache.ts computes the same)
;;   262144 the chunk; the memory always holds 16 bytes past its end, so a 16-byte load never leaves it
(module
  (memory (export "memory") 5)

  ;; 0..9 for an ASCII digit at p, anything else above 9
  (func $digit (param $p i32) (result i32)
    (i32.sub (i32.load8_u offset=262144 (local.get $p)) (i32.const 48)))

  ;; Two ASCII digits at p as a number, or a number above 99 when either is not a digit.
  (func $two (param $p i32) (result i32)
    (local $a i32) (local $b i32)
    (local.set $a (call $digit (local.get $p)))
    (local.set $b (call $digit (i32.add (local.get $p) (i32.const 1))))
    (select (i32.add (i32.mul (local.get $a) (i32.const 10)) (local.get $b)) (i32.const 1000)
            (i32.and (i32.le_u (local.get $a) (i32.const 9)) (i32.le_u (local.get $b) (i32.const 9)))))

  ;; Days from 1970-01-01 to the date (year >= 1, month 1..12): civil-time.ts's daysFromCivil.
  (func $daysFromCivil (param $y i32) (param $m i32) (param $d i32) (result i32)
    (local $yy i32) (local $era i32) (local $yoe i32) (local $doy i32)
    (local.set $yy (select (i32.sub (local.get $y) (i32.const 1)) (local.get $y) (i32.le_s (local.get $m) (i32.const 2))))
    (local.set $era (i32.div_s (local.get $yy) (i32.const 400)))
    (local.set $yoe (i32.sub (local.get $yy) (i32.mul (local.get $era) (i32.const 400))))
    (local.set $doy
      (i32.add
        (i32.div_s
          (i32.add (i32.mul (i32.const 153)
                            (i32.add (local.get $m) (select (i32.const -3) (i32.const 9) (i32.gt_s (local.get $m) (i32.const 2)))))
                   (i32.const 2))
          (i32.const 5))
        (i32.sub (local.get $d) (i32.const 1))))
    (i32.sub
      (i32.add (i32.mul (local.get $era) (i32.const 146097))
               (i32.add (i32.sub (i32.add (i32.mul (local.get $yoe) (i32.const 365)) (i32.div_s (local.get $yoe) (i32.const 4)))
                                 (i32.div_s (local.get $yoe) (i32.const 100)))
                        (local.get $doy)))
      (i32.const 719468)))

  (func $daysInMonth (param $y i32) (param $m i32) (result i32)
    (if (i32.eq (local.get $m) (i32.const 2))
      (then
        (return
          (select (i32.const 29) (i32.const 28)
                  (i32.or (i32.and (i32.eqz (i32.rem_s (local.get $y) (i32.const 4)))
                                   (i32.ne (i32.rem_s (local.get $y) (i32.const 100)) (i32.const 0)))
                          (i32.eqz (i32.rem_s (local.get $y) (i32.const 400))))))))
    (select (i32.const 30) (i32.const 31)
            (i32.or (i32.or (i32.eq (local.get $m) (i32.const 4)) (i32.eq (local.get $m) (i32.const 6)))
                    (i32.or (i32.eq (local.get $m) (i32.const 9)) (i32.eq (local.get $m) (i32.const 11))))))

  ;; The instant of the timestamp at [s, e) in one of the forms the header names, NaN otherwise.
  (func $instant (param $s i32) (param $e i32) (result f64)
    (local $y i32) (local $mo i32) (local $d i32) (local $h i32) (local $mi i32) (local $sec i32) (local $c i32)
    (local $i i32) (local $k i32) (local $ms i32) (local $scale i32) (local $wall f64) (local $oh i32) (local $om i32)
    (local $rest i32) (local $sep i32)
    (local $y0 i32) (local $y1 i32) (local $y2 i32) (local $y3 i32) (local $m0 i32) (local $m1 i32) (local $d0 i32)
    (local $d1 i32) (local $h0 i32) (local $h1 i32) (local $i0 i32) (local $i1 i32) (local $s0 i32) (local $s1 i32)
    (local $bad i32)
    (if (i32.lt_s (i32.sub (local.get $e) (local.get $s)) (i32.const 20)) (then (return (f64.const nan))))
    (local.set $sep (i32.load8_u offset=262154 (local.get $s)))
    (if (i32.or
          (i32.or (i32.ne (i32.load8_u offset=262148 (local.get $s)) (i32.const 45))
                  (i32.ne (i32.load8_u offset=262151 (local.get $s)) (i32.const 45)))
          (i32.or (i32.or (i32.ne (i32.load8_u offset=262157 (local.get $s)) (i32.const 58))
                          (i32.ne (i32.load8_u offset=262160 (local.get $s)) (i32.const 58)))
                  (i32.and (i32.and (i32.ne (local.get $sep) (i32.const 84)) (i32.ne (local.get $sep) (i32.const 116)))
                           (i32.ne (local.get $sep) (i32.const 32)))))
      (then (return (f64.const nan))))
    ;; the fourteen digits, each minus '0' (as unsigned, anything but a digit is above 9), written out: a
    ;; call per pair of digits cost about 320 more instructions a timestamp (callgrind, 100k-row log)
    (local.set $y0 (i32.sub (i32.load8_u offset=262144 (local.get $s)) (i32.const 48)))
    (local.set $y1 (i32.sub (i32.load8_u offset=262145 (local.get $s)) (i32.const 48)))
    (local.set $y2 (i32.sub (i32.load8_u offset=262146 (local.get $s)) (i32.const 48)))
    (local.set $y3 (i32.sub (i32.load8_u offset=262147 (local.get $s)) (i32.const 48)))
    (local.set $m0 (i32.sub (i32.load8_u offset=262149 (local.get $s)) (i32.const 48)))
    (local.set $m1 (i32.sub (i32.load8_u offset=262150 (local.get $s)) (i32.const 48)))
    (local.set $d0 (i32.sub (i32.load8_u offset=262152 (local.get $s)) (i32.const 48)))
    (local.set $d1 (i32.sub (i32.load8_u offset=262153 (local.get $s)) (i32.const 48)))
    (local.set $h0 (i32.sub (i32.load8_u offset=262155 (local.get $s)) (i32.const 48)))
    (local.set $h1 (i32.sub (i32.load8_u offset=262156 (local.get $s)) (i32.const 48)))
    (local.set $i0 (i32.sub (i32.load8_u offset=262158 (local.get $s)) (i32.const 48)))
    (local.set $i1 (i32.sub (i32.load8_u offset=262159 (local.get $s)) (i32.const 48)))
    (local.set $s0 (i32.sub (i32.load8_u offset=262161 (local.get $s)) (i32.const 48)))
    (local.set $s1 (i32.sub (i32.load8_u offset=262162 (local.get $s)) (i32.const 48)))
    (local.set $bad (i32.gt_u (local.get $y0) (i32.const 9)))
    (local.set $bad (i32.or (local.get $bad) (i32.gt_u (local.get $y1) (i32.const 9))))
    (local.set $bad (i32.or (local.get $bad) (i32.gt_u (local.get $y2) (i32.const 9))))
    (local.set $bad (i32.or (local.get $bad) (i32.gt_u (local.get $y3) (i32.const 9))))
    (local.set $bad (i32.or (local.get $bad) (i32.gt_u (local.get $m0) (i32.const 9))))
    (local.set $bad (i32.or (local.get $bad) (i32.gt_u (local.get $m1) (i32.const 9))))
    (local.set $bad (i32.or (local.get $bad) (i32.gt_u (local.get $d0) (i32.const 9))))
    (local.set $bad (i32.or (local.get $bad) (i32.gt_u (local.get $d1) (i32.const 9))))
    (local.set $bad (i32.or (local.get $bad) (i32.gt_u (local.get $h0) (i32.const 9))))
    (local.set $bad (i32.or (local.get $bad) (i32.gt_u (local.get $h1) (i32.const 9))))
    (local.set $bad (i32.or (local.get $bad) (i32.gt_u (local.get $i0) (i32.const 9))))
    (local.set $bad (i32.or (local.get $bad) (i32.gt_u (local.get $i1) (i32.const 9))))
    (local.set $bad (i32.or (local.get $bad) (i32.gt_u (local.get $s0) (i32.const 9))))
    (local.set $bad (i32.or (local.get $bad) (i32.gt_u (local.get $s1) (i32.const 9))))
    (if (local.get $bad) (then (return (f64.const nan))))
    (local.set $y
      (i32.add (i32.add (i32.mul (local.get $y0) (i32.const 1000)) (i32.mul (local.get $y1) (i32.const 100)))
               (i32.add (i32.mul (local.get $y2) (i32.const 10)) (local.get $y3))))
    (local.set $mo (i32.add (i32.mul (local.get $m0) (i32.const 10)) (local.get $m1)))
    (local.set $d (i32.add (i32.mul (local.get $d0) (i32.const 10)) (local.get $d1)))
    (local.set $h (i32.add (i32.mul (local.get $h0) (i32.const 10)) (local.get $h1)))
    (local.set $mi (i32.add (i32.mul (local.get $i0) (i32.const 10)) (local.get $i1)))
    (local.set $sec (i32.add (i32.mul (local.get $s0) (i32.const 10)) (local.get $s1)))
    (if (i32.or
          (i32.or (i32.lt_s (local.get $y) (i32.const 1))
                  (i32.or (i32.lt_s (local.get $mo) (i32.const 1)) (i32.gt_s (local.get $mo) (i32.const 12))))
          (i32.or (i32.or (i32.lt_s (local.get $d) (i32.const 1)) (i32.gt_s (local.get $h) (i32.const 23)))
                  (i32.or (i32.gt_s (local.get $mi) (i32.const 59)) (i32.gt_s (local.get $sec) (i32.const 60)))))
      (then (return (f64.const nan))))
    (if (i32.gt_s (local.get $d) (call $daysInMonth (local.get $y) (local.get $mo))) (then (return (f64.const nan))))
    (local.set $wall
      (f64.add
        (f64.mul (f64.convert_i32_s (call $daysFromCivil (local.get $y) (local.get $mo) (local.get $d))) (f64.const 86400000))
        (f64.convert_i32_s
          (i32.add (i32.add (i32.mul (local.get $h) (i32.const 3600000)) (i32.mul (local.get $mi) (i32.const 60000)))
                   (i32.mul (local.get $sec) (i32.const 1000))))))
    (local.set $i (i32.add (local.get $s) (i32.const 19)))
    ;; a fraction of one to three digits (more are left to timestamp.ts, whose sum of them may round up)
    (local.set $c (i32.load8_u offset=262144 (local.get $i)))
    (if (i32.and (i32.lt_s (local.get $i) (local.get $e))
                 (i32.or (i32.eq (local.get $c) (i32.const 46)) (i32.eq (local.get $c) (i32.const 44))))
      (then
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (local.set $scale (i32.const 100))
        (loop $fraction
          (if (i32.and (i32.lt_s (local.get $i) (local.get $e)) (i32.le_u (call $digit (local.get $i)) (i32.const 9)))
            (then
              (if (i32.eq (local.get $k) (i32.const 3)) (then (return (f64.const nan))))
              (local.set $ms (i32.add (local.get $ms) (i32.mul (call $digit (local.get $i)) (local.get $scale))))
              (local.set $scale (i32.div_u (local.get $scale) (i32.const 10)))
              (local.set $k (i32.add (local.get $k) (i32.const 1)))
              (local.set $i (i32.add (local.get $i) (i32.const 1)))
              (br $fraction))))
        (if (i32.eqz (local.get $k)) (then (return (f64.const nan))))
        (local.set $wall (f64.add (local.get $wall) (f64.convert_i32_s (local.get $ms))))))
    (if (i32.and (i32.lt_s (local.get $i) (local.get $e)) (i32.eq (i32.load8_u offset=262144 (local.get $i)) (i32.const 32)))
      (then (local.set $i (i32.add (local.get $i) (i32.const 1)))))
    ;; no offset: the input time zone's, which timestamp.ts applies
    (if (i32.ge_s (local.get $i) (local.get $e)) (then (return (f64.const nan))))
    (local.set $c (i32.load8_u offset=262144 (local.get $i)))
    (if (i32.or (i32.eq (local.get $c) (i32.const 90)) (i32.eq (local.get $c) (i32.const 122)))
      (then
        (return (select (local.get $wall) (f64.const nan) (i32.eq (i32.add (local.get $i) (i32.const 1)) (local.get $e))))))
    (if (i32.and (i32.ne (local.get $c) (i32.const 43)) (i32.ne (local.get $c) (i32.const 45))) (then (return (f64.const nan))))
    (if (i32.gt_s (i32.add (local.get $i) (i32.const 3)) (local.get $e)) (then (return (f64.const nan))))
    (local.set $oh (call $two (i32.add (local.get $i) (i32.const 1))))
    (if (i32.gt_s (local.get $oh) (i32.const 23)) (then (return (f64.const nan))))
    (local.set $rest (i32.sub (local.get $e) (i32.add (local.get $i) (i32.const 3))))
    (if (i32.eq (local.get $rest) (i32.const 2))
      (then (local.set $om (call $two (i32.add (local.get $i) (i32.const 3)))))
      (else
        (if (i32.and (i32.eq (local.get $rest) (i32.const 3))
                     (i32.eq (i32.load8_u offset=262147 (local.get $i)) (i32.const 58)))
          (then (local.set $om (call $two (i32.add (local.get $i) (i32.const 4)))))
          (else (if (local.get $rest) (then (return (f64.const nan))))))))
    (if (i32.gt_s (local.get $om) (i32.const 59)) (then (return (f64.const nan))))
    (f64.sub (local.get $wall)
             (f64.convert_i32_s
               (i32.mul (select (i32.const -1) (i32.const 1) (i32.eq (local.get $c) (i32.const 45)))
                        (i32.add (i32.mul (local.get $oh) (i32.const 3600000)) (i32.mul (local.get $om) (i32.const 60000)))))))

  ;; The timestamp of cell `col` of the row just split (rec: its record, n: its cells), NaN when none.
  (func $cellInstant (param $rec i32) (param $n i32) (param $rowStart i32) (param $col i32) (result f64)
    (if (i32.or (i32.lt_s (local.get $col) (i32.const 0)) (i32.ge_s (local.get $col) (local.get $n)))
      (then (return (f64.const nan))))
    (call $instant
      (select (local.get $rowStart)
              (i32.add (i32.load offset=8 (i32.add (local.get $rec) (i32.shl (local.get $col) (i32.const 2)))) (i32.const 1))
              (i32.eqz (local.get $col)))
      (i32.load offset=12 (i32.add (local.get $rec) (i32.shl (local.get $col) (i32.const 2))))))

  ;; The id cached for the name in cell [s, e) (trimmed) of name column j, -2 when it is not cached.
  (func $cachedId (param $j i32) (param $s i32) (param $e i32) (result i32)
    (local $n i32) (local $slot i32) (local $a i32) (local $b i32) (local $m i32) (local $need i32) (local $c i32) (local $x i32)
    (block $trimmed
      (loop $front
        (br_if $trimmed (i32.ge_s (local.get $s) (local.get $e)))
        ;; the bytes CsvReader and RowContext trim (space, tab, CR, LF), tested in place: a call per byte cost more
        ;; than a short name's whole lookup
        (local.set $c (i32.load8_u offset=262144 (local.get $s)))
        (br_if $trimmed (i32.eqz (i32.or (i32.or (i32.eq (local.get $c) (i32.const 32)) (i32.eq (local.get $c) (i32.const 9)))
                                         (i32.or (i32.eq (local.get $c) (i32.const 13)) (i32.eq (local.get $c) (i32.const 10))))))
        (local.set $s (i32.add (local.get $s) (i32.const 1)))
        (br $front)))
    (block $trimmed
      (loop $back
        (br_if $trimmed (i32.ge_s (local.get $s) (local.get $e)))
        (local.set $c (i32.load8_u offset=262143 (local.get $e)))
        (br_if $trimmed (i32.eqz (i32.or (i32.or (i32.eq (local.get $c) (i32.const 32)) (i32.eq (local.get $c) (i32.const 9)))
                                         (i32.or (i32.eq (local.get $c) (i32.const 13)) (i32.eq (local.get $c) (i32.const 10))))))
        (local.set $e (i32.sub (local.get $e) (i32.const 1)))
        (br $back)))
    (local.set $n (i32.sub (local.get $e) (local.get $s)))
    (if (i32.or (i32.eqz (local.get $n)) (i32.gt_s (local.get $n) (i32.const 48))) (then (return (i32.const -2))))
    ;; the slot: bytes 0, n/4, n/2, 3n/4 and n-1 of the name and its length, mixed (name-cache.ts's slotOf)
    (local.set $x
      (i32.or
        (i32.or (i32.load8_u offset=262144 (local.get $s))
                (i32.shl (i32.load8_u offset=262144 (i32.add (local.get $s) (i32.shr_u (local.get $n) (i32.const 2))))
                         (i32.const 8)))
        (i32.or (i32.shl (i32.load8_u offset=262144 (i32.add (local.get $s) (i32.shr_u (local.get $n) (i32.const 1))))
                         (i32.const 16))
                (i32.shl (i32.load8_u offset=262144
                           (i32.add (local.get $s) (i32.shr_u (i32.mul (local.get $n) (i32.const 3)) (i32.const 2))))
                         (i32.const 24)))))
    (local.set $x
      (i32.xor (local.get $x)
               (i32.mul (i32.xor (i32.load8_u offset=262143 (local.get $e)) (i32.shl (local.get $n) (i32.const 8)))
                        (i32.const 0x9e3779b1))))
    (local.set $slot
      (i32.add
        (i32.add (i32.const 180224) (i32.shl (local.get $j) (i32.const 14)))
        (i32.shl (i32.shr_u (i32.mul (i32.xor (local.get $x) (i32.shr_u (local.get $x) (i32.const 15))) (i32.const 0x85ebca6b))
                            (i32.const 24))
                 (i32.const 6))))
    (if (i32.ne (i32.load (local.get $slot)) (local.get $n)) (then (return (i32.const -2))))
    ;; the name's bytes against the slot's, sixteen at a time, the last block masked to the name's length
    (local.set $a (i32.add (i32.const 262144) (local.get $s)))
    (local.set $b (i32.add (local.get $slot) (i32.const 16)))
    (loop $block
      (if (i32.gt_s (local.get $n) (i32.const 0))
        (then
          (local.set $m (i8x16.bitmask (i8x16.eq (v128.load (local.get $a)) (v128.load (local.get $b)))))
          (local.set $need
            (select (i32.const 0xffff)
                    (i32.sub (i32.shl (i32.const 1) (local.get $n)) (i32.const 1))
                    (i32.ge_s (local.get $n) (i32.const 16))))
          (if (i32.ne (i32.and (local.get $m) (local.get $need)) (local.get $need)) (then (return (i32.const -2))))
          (local.set $a (i32.add (local.get $a) (i32.const 16)))
          (local.set $b (i32.add (local.get $b) (i32.const 16)))
          (local.set $n (i32.sub (local.get $n) (i32.const 16)))
          (br $block))))
    (i32.load offset=4 (local.get $slot)))

  ;; The id of name column j's cell in the row just split, -2 when the row has no such cell or it is not cached.
  (func $cellId (param $rec i32) (param $n i32) (param $rowStart i32) (param $j i32) (result i32)
    (local $col i32)
    (if (i32.ge_s (local.get $j) (i32.load (i32.const 20))) (then (return (i32.const -2))))
    (local.set $col (i32.load offset=24 (i32.shl (local.get $j) (i32.const 2))))
    (if (i32.or (i32.lt_s (local.get $col) (i32.const 0)) (i32.ge_s (local.get $col) (local.get $n)))
      (then (return (i32.const -2))))
    (call $cachedId (local.get $j)
      (select (local.get $rowStart)
              (i32.add (i32.load offset=8 (i32.add (local.get $rec) (i32.shl (local.get $col) (i32.const 2)))) (i32.const 1))
              (i32.eqz (local.get $col)))
      (i32.load offset=12 (i32.add (local.get $rec) (i32.shl (local.get $col) (i32.const 2))))))

  ;; Splits rows of the chunk [pos, len); returns the position after the last row written (pos: none).
  (func (export "split") (param $pos i32) (param $len i32) (result i32)
    (local $d v128) (local $v v128) (local $limit i32) (local $stride i32) (local $rec i32) (local $rows i32)
    (local $rowStart i32) (local $n i32) (local $q i32) (local $bits i32) (local $md i32) (local $mq i32)
    (local $k i32) (local $at i32) (local $e i32)
    (local.set $d (i8x16.splat (i32.load (i32.const 0))))
    (local.set $limit (i32.load (i32.const 4)))
    (local.set $stride (i32.shl (i32.add (local.get $limit) (i32.const 3)) (i32.const 2)))
    (local.set $rec (i32.const 64))
    (local.set $rowStart (local.get $pos))
    (local.set $q (local.get $pos))
    (block $done
      (loop $block
        (br_if $done (i32.ge_s (local.get $q) (local.get $len)))
        (local.set $v (v128.load (i32.add (i32.const 262144) (local.get $q))))
        (local.set $md (i8x16.bitmask (i8x16.eq (local.get $v) (local.get $d))))
        (local.set $mq (i8x16.bitmask (i8x16.eq (local.get $v) (i8x16.splat (i32.const 34)))))
        (local.set $bits
          (i32.or (i32.or (local.get $md) (local.get $mq))
                  (i8x16.bitmask (i8x16.eq (local.get $v) (i8x16.splat (i32.const 10))))))
        (loop $bit
          (if (local.get $bits)
            (then
              (local.set $k (i32.ctz (local.get $bits)))
              (local.set $at (i32.add (local.get $q) (local.get $k)))
              ;; past the chunk's end: the row may go on in the next chunk
              (br_if $done (i32.ge_s (local.get $at) (local.get $len)))
              (local.set $bits (i32.and (local.get $bits) (i32.sub (local.get $bits) (i32.const 1))))
              (br_if $done (i32.and (i32.shr_u (local.get $mq) (local.get $k)) (i32.const 1)))
              (if (i32.and (i32.shr_u (local.get $md) (local.get $k)) (i32.const 1))
                (then
                  (if (i32.lt_s (local.get $n) (local.get $limit))
                    (then
                      (i32.store offset=12 (i32.add (local.get $rec) (i32.shl (local.get $n) (i32.const 2)))
                                 (local.get $at))
                      (local.set $n (i32.add (local.get $n) (i32.const 1)))))
                  (br $bit)))
              ;; a line feed: a CR before it is no delimiter, so it can only end the last cell
              (local.set $e (local.get $at))
              (if (i32.gt_s (local.get $at) (local.get $rowStart))
                (then
                  (if (i32.eq (i32.load8_u offset=262143 (local.get $at)) (i32.const 13))
                    (then (local.set $e (i32.sub (local.get $at) (i32.const 1)))))))
              (if (i32.gt_s (local.get $e) (local.get $rowStart))
                (then
                  (if (i32.lt_s (local.get $n) (local.get $limit))
                    (then
                      (i32.store offset=12 (i32.add (local.get $rec) (i32.shl (local.get $n) (i32.const 2)))
                                 (local.get $e))
                      (local.set $n (i32.add (local.get $n) (i32.const 1))))))
                (else (local.set $n (i32.const 0))))
              (i32.store (local.get $rec) (local.get $rowStart))
              (i32.store offset=4 (local.get $rec) (local.get $at))
              (i32.store offset=8 (local.get $rec) (local.get $n))
              (f64.store offset=147456 (i32.shl (local.get $rows) (i32.const 4))
                         (call $cellInstant (local.get $rec) (local.get $n) (local.get $rowStart) (i32.load (i32.const 12))))
              (f64.store offset=147464 (i32.shl (local.get $rows) (i32.const 4))
                         (call $cellInstant (local.get $rec) (local.get $n) (local.get $rowStart) (i32.load (i32.const 16))))
              (i32.store offset=163840 (i32.mul (local.get $rows) (i32.const 12))
                         (call $cellId (local.get $rec) (local.get $n) (local.get $rowStart) (i32.const 0)))
              (i32.store offset=163844 (i32.mul (local.get $rows) (i32.const 12))
                         (call $cellId (local.get $rec) (local.get $n) (local.get $rowStart) (i32.const 1)))
              (i32.store offset=163848 (i32.mul (local.get $rows) (i32.const 12))
                         (call $cellId (local.get $rec) (local.get $n) (local.get $rowStart) (i32.const 2)))
              (local.set $rec (i32.add (local.get $rec) (local.get $stride)))
              (local.set $rows (i32.add (local.get $rows) (i32.const 1)))
              (local.set $rowStart (i32.add (local.get $at) (i32.const 1)))
              (local.set $n (i32.const 0))
              (br_if $done (i32.eq (local.get $rows) (i32.const 1024)))
              (br $bit))))
        (local.set $q (i32.add (local.get $q) (i32.const 16)))
        (br $block)))
    (i32.store (i32.const 8) (local.get $rows))
    (local.get $rowStart)))
