//! Proleptic Gregorian calendar arithmetic: enough to validate dates, count days between them
//! and find weekdays, for anchoring relative dates on an article's date.

use crate::model::DatePoint;

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 (negative before).
pub fn days_from_civil(y: i32, m: u8, d: u8) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// The date `days` after 1970-01-01.
pub fn civil_from_days(days: i64) -> (i32, u8, u8) {
    let z = days + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let y = (yoe + era * 400 + i64::from(m <= 2)) as i32;
    (y, m, d)
}

/// ISO weekday: 1 = Monday … 7 = Sunday.
pub fn weekday(y: i32, m: u8, d: u8) -> u8 {
    // 1970-01-01 was a Thursday (4).
    ((days_from_civil(y, m, d) + 3).rem_euclid(7) + 1) as u8
}

/// A full date `n` days after (or before, negative) `date`; `None` if `date` is partial.
pub fn add_days(date: DatePoint, n: i64) -> Option<DatePoint> {
    let (y, m, d) = (date.year?, date.month?, date.day?);
    let (y, m, d) = civil_from_days(days_from_civil(y, m, d) + n);
    Some(DatePoint::ymd(y, m, d))
}

/// The month `n` months after (or before, negative) month `m` of year `y`.
pub fn add_months(y: i32, m: u8, n: i32) -> (i32, u8) {
    let index = i64::from(y) * 12 + i64::from(m) - 1 + i64::from(n);
    let y = index
        .div_euclid(12)
        .clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32;
    (y, (index.rem_euclid(12) + 1) as u8)
}

/// Easter Sunday of year `y` (Gregorian): (month, day).
pub fn easter(y: i32) -> (u8, u8) {
    let a = y.rem_euclid(19);
    let b = y.div_euclid(100);
    let c = y.rem_euclid(100);
    let d = b.div_euclid(4);
    let e = b.rem_euclid(4);
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c.div_euclid(4);
    let k = c.rem_euclid(4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l).div_euclid(451);
    let month = (h + l - 7 * m + 114).div_euclid(31);
    let day = (h + l - 7 * m + 114).rem_euclid(31) + 1;
    (month as u8, day as u8)
}

/// The `n`th weekday `wd` (1 = Monday) of a month, or the last one when `n` is negative.
pub fn nth_weekday(y: i32, m: u8, wd: u8, n: i8) -> Option<u8> {
    let days = days_in_month(y, m);
    if n < 0 {
        let last = weekday(y, m, days);
        return Some(days - (last + 7 - wd) % 7);
    }
    let first = weekday(y, m, 1);
    let d = 1 + (wd + 7 - first) % 7 + 7 * (n as u8).checked_sub(1)?;
    (d <= days).then_some(d)
}

/// (month, day) if `m`/`d` make a valid date in year `y`.
pub fn valid(y: i32, m: u32, d: u32) -> Option<(u8, u8)> {
    ((1..=12).contains(&m) && d >= 1 && d <= u32::from(days_in_month(y, m as u8)))
        .then_some((m as u8, d as u8))
}

/// Whether day `d` can exist in month `m` of some year (29 February can).
pub fn valid_any_year(m: u8, d: u8) -> bool {
    (1..=12).contains(&m) && d >= 1 && d <= days_in_month(2000, m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feasts() {
        assert_eq!(easter(2018), (4, 1));
        assert_eq!(easter(2019), (4, 21));
        assert_eq!(easter(2024), (3, 31));
        assert_eq!(easter(2038), (4, 25));
        // Labor Day 2021, Thanksgiving 2023, Memorial Day 2024.
        assert_eq!(nth_weekday(2021, 9, 1, 1), Some(6));
        assert_eq!(nth_weekday(2023, 11, 4, 4), Some(23));
        assert_eq!(nth_weekday(2024, 5, 1, -1), Some(27));
        assert_eq!(nth_weekday(2024, 2, 4, 5), Some(29));
        assert_eq!(nth_weekday(2023, 2, 4, 5), None);
    }

    #[test]
    fn round_trips_and_weekdays() {
        for &(y, m, d) in &[(1970, 1, 1), (2000, 2, 29), (2024, 4, 18), (1899, 12, 31)] {
            assert_eq!(civil_from_days(days_from_civil(y, m, d)), (y, m, d));
        }
        assert_eq!(weekday(2024, 4, 18), 4); // a Thursday
        assert_eq!(weekday(2018, 1, 16), 2); // a Tuesday
        assert_eq!(days_in_month(2024, 2), 29);
        assert_eq!(days_in_month(1900, 2), 28);
        assert_eq!(
            add_days(DatePoint::ymd(2024, 12, 31), 1),
            Some(DatePoint::ymd(2025, 1, 1))
        );
        assert_eq!(add_months(2024, 1, -1), (2023, 12));
        assert_eq!(add_months(2024, 11, 14), (2026, 1));
    }
}
