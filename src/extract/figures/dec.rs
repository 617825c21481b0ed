//! `Dec`: a decimal number `m × 10^e`, kept exact (scaling, added hundredths) until it becomes an
//! `f64` or an `i64`. Arithmetic only: no text, no language data.

/// A decimal number `m × 10^e`, kept exact until it becomes an `f64`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Dec {
    pub(super) m: u128,
    pub(super) e: i32,
}

impl Dec {
    pub(super) fn int(m: u128) -> Dec {
        Dec { m, e: 0 }
    }

    /// Multiplies by a scale; powers of ten only move the exponent, so "1,5 milliard" stays
    /// exactly 15 × 10^8.
    pub(super) fn scale(self, by: u64) -> Option<Dec> {
        let mut p = by;
        let mut k = 0;
        while p >= 10 && p.is_multiple_of(10) {
            p /= 10;
            k += 1;
        }
        if p == 1 {
            return Some(Dec {
                m: self.m,
                e: self.e.checked_add(k)?,
            });
        }
        Some(Dec {
            m: self.m.checked_mul(u128::from(by))?,
            e: self.e,
        })
    }

    /// Adds `v` hundredths, exactly.
    pub(super) fn add_hundredths(self, v: u128) -> Option<Dec> {
        if self.e < -2 {
            return None;
        }
        let mut m = self.m;
        for _ in 0..(self.e + 2) {
            m = m.checked_mul(10)?;
        }
        Some(Dec {
            m: m.checked_add(v)?,
            e: -2,
        })
    }

    pub(super) fn to_f64(self) -> Option<f64> {
        const POW: [f64; 23] = [
            1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
            1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
        ];
        let v = if self.m < (1u128 << 53) && self.e.unsigned_abs() <= 22 {
            // Both operands are exact, so one rounding gives the nearest double.
            let m = self.m as f64;
            let p = POW[self.e.unsigned_abs() as usize];
            if self.e >= 0 { m * p } else { m / p }
        } else {
            format!("{}e{}", self.m, self.e).parse::<f64>().ok()?
        };
        v.is_finite().then_some(v)
    }

    pub(super) fn to_i64(self) -> Option<i64> {
        if self.e < 0 {
            return None;
        }
        let mut v = self.m;
        for _ in 0..self.e {
            v = v.checked_mul(10)?;
        }
        i64::try_from(v).ok()
    }
}
