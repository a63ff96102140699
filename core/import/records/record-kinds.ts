import type { RecordKinds } from '../../model/records';

/** Most kinds a 16-bit kind column holds. */
export const MAX_SHORT_KINDS = 1 << 16;

/**
 * Interns each record's (severity, region, affected share, open) as a kind (RecordKinds): open addressing
 * over the four, slots holding kind + 1, doubled at half full. NaN shares are one kind whatever their bits.
 */
export class RecordKindTable {
  private readonly severity: number[] = [];
  private readonly affected: number[] = [];
  private readonly region: number[] = [];
  private readonly open: number[] = [];
  private bits = 10;
  private slots = new Int32Array(1 << this.bits);
  private readonly one = new Float64Array(1);
  private readonly words = new Uint32Array(this.one.buffer);

  get size(): number {
    return this.severity.length;
  }

  /** `open` 1: the record has no end in the log */
  codeOf(severity: number, region: number, affected: number, open: number): number {
    const slots = this.slots;
    const mask = slots.length - 1;
    for (let h = this.slot(severity, region, affected, open); ; h = (h + 1) & mask) {
      const k = slots[h]! - 1;
      if (k < 0) break;
      if (
        this.severity[k] === severity &&
        this.region[k] === region &&
        this.open[k] === open &&
        Object.is(this.affected[k], affected)
      ) {
        return k;
      }
    }
    const k = this.severity.length;
    this.severity.push(severity);
    this.region.push(region);
    this.affected.push(affected);
    this.open.push(open);
    if (2 * (k + 1) > slots.length) this.rehash();
    else this.place(k);
    return k;
  }

  /** The kind of records of kind k that are open. */
  openOf(k: number): number {
    return this.codeOf(this.severity[k]!, this.region[k]!, this.affected[k]!, 1);
  }

  finish(): RecordKinds {
    return {
      severity: Uint8Array.from(this.severity),
      affected: Float64Array.from(this.affected),
      region: Int32Array.from(this.region),
      open: Uint8Array.from(this.open),
    };
  }

  private slot(severity: number, region: number, affected: number, open: number): number {
    const w = this.words;
    this.one[0] = affected;
    // every NaN one kind: NaNs of other bits would otherwise hash apart
    const lo = affected === affected ? w[0]! : 0;
    const hi = affected === affected ? w[1]! : 0x7ff80000;
    const h = Math.imul(
      lo ^ Math.imul(hi, 0x9e3779b1) ^ Math.imul(region * 8 + severity * 2 + open, 0x85ebca6b),
      0xc2b2ae35,
    );
    // the top bits: the multiplications mix into them
    return (h ^ (h >>> 15)) >>> (32 - this.bits);
  }

  private place(k: number): void {
    const slots = this.slots;
    const mask = slots.length - 1;
    let h = this.slot(this.severity[k]!, this.region[k]!, this.affected[k]!, this.open[k]!);
    while (slots[h] !== 0) h = (h + 1) & mask;
    slots[h] = k + 1;
  }

  private rehash(): void {
    this.slots = new Int32Array(1 << ++this.bits);
    for (let k = 0; k < this.severity.length; k++) this.place(k);
  }
}
