;; The CSV reader's fast path for many rows at once (csv-reader.ts holds the rules and the JavaScript side):
;; finds the delimiters and line ends of a chunk sixteen bytes at a time and writes, row after row, where
;; each row starts and ends and where its cells end, as CsvReader.splitRow would split them. It stops before a
;; row holding a quote (the RFC 4180 path reads it) and before a row with no line end in the chunk.
;;
;; Memory (byte offsets; row-splitter-module.ts mirrors them):
;;   0      the delimiter byte (i32)      4  cells kept per row (1..32; later delimiters end no cell)
;;   8      rows written by the last split
;;   64     the rows, (3 + cells kept) i32 each: start, line feed, cells (0: a blank line), then each
;;          cell's end; at most 1024 rows a split
;;   196608 the chunk; the memory always holds 16 bytes past its end, so a 16-byte load never leaves it
(module
  (memory (export "memory") 4)

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
        (local.set $v (v128.load (i32.add (i32.const 196608) (local.get $q))))
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
                  (if (i32.eq (i32.load8_u offset=196607 (local.get $at)) (i32.const 13))
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
