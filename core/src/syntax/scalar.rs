//! YAML 1.2 core-schema resolution of plain scalars.

use super::tree::ScalarType;

/// Resolves a plain scalar's type the way a YAML 1.2 core-schema reader would.
pub fn resolve_plain(text: &str) -> ScalarType {
    match text {
        "" | "~" | "null" | "Null" | "NULL" => return ScalarType::Null,
        "true" | "True" | "TRUE" => return ScalarType::Bool(true),
        "false" | "False" | "FALSE" => return ScalarType::Bool(false),
        ".inf" | ".Inf" | ".INF" | "+.inf" | "+.Inf" | "+.INF" => {
            return ScalarType::Float(f64::INFINITY)
        }
        "-.inf" | "-.Inf" | "-.INF" => return ScalarType::Float(f64::NEG_INFINITY),
        ".nan" | ".NaN" | ".NAN" => return ScalarType::Float(f64::NAN),
        _ => {}
    }
    let first = text.as_bytes()[0];
    if !(first.is_ascii_digit() || matches!(first, b'-' | b'+' | b'.')) {
        return ScalarType::Str;
    }
    if let Some(hex) = text.strip_prefix("0x") {
        return parse_radix(hex, 16);
    }
    if let Some(oct) = text.strip_prefix("0o") {
        return parse_radix(oct, 8);
    }
    if is_decimal_int(text) {
        return match text.parse::<i64>() {
            Ok(n) => ScalarType::Int(n),
            // Too large for i64: still a number to a YAML reader.
            Err(_) => text
                .parse::<f64>()
                .map(ScalarType::Float)
                .unwrap_or(ScalarType::Str),
        };
    }
    if is_float(text) {
        if let Ok(f) = text.parse::<f64>() {
            return ScalarType::Float(f);
        }
    }
    ScalarType::Str
}

fn parse_radix(digits: &str, radix: u32) -> ScalarType {
    if digits.is_empty() {
        return ScalarType::Str;
    }
    i64::from_str_radix(digits, radix)
        .map(ScalarType::Int)
        .unwrap_or(ScalarType::Str)
}

fn is_decimal_int(text: &str) -> bool {
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

/// `[-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?`
fn is_float(text: &str) -> bool {
    let s = text.strip_prefix(['-', '+']).unwrap_or(text);
    let (mantissa, exponent) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let mantissa_ok = match mantissa.split_once('.') {
        Some((int, frac)) => {
            (!int.is_empty() || !frac.is_empty())
                && int.bytes().all(|b| b.is_ascii_digit())
                && frac.bytes().all(|b| b.is_ascii_digit())
                && !(int.is_empty() && frac.is_empty())
        }
        None => !mantissa.is_empty() && mantissa.bytes().all(|b| b.is_ascii_digit()),
    };
    let exponent_ok = match exponent {
        None => true,
        Some(e) => {
            let e = e.strip_prefix(['-', '+']).unwrap_or(e);
            !e.is_empty() && e.bytes().all(|b| b.is_ascii_digit())
        }
    };
    mantissa_ok && exponent_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_core_schema_types() {
        assert_eq!(resolve_plain(""), ScalarType::Null);
        assert_eq!(resolve_plain("~"), ScalarType::Null);
        assert_eq!(resolve_plain("True"), ScalarType::Bool(true));
        assert_eq!(resolve_plain("yes"), ScalarType::Str);
        assert_eq!(resolve_plain("30"), ScalarType::Int(30));
        assert_eq!(resolve_plain("-7"), ScalarType::Int(-7));
        assert_eq!(resolve_plain("0x1F"), ScalarType::Int(31));
        assert_eq!(resolve_plain("1.5"), ScalarType::Float(1.5));
        assert_eq!(resolve_plain("1e3"), ScalarType::Float(1000.0));
        assert_eq!(resolve_plain("10.0.0.0/16"), ScalarType::Str);
        assert_eq!(resolve_plain("1.2.3"), ScalarType::Str);
        assert_eq!(resolve_plain("."), ScalarType::Str);
        assert_eq!(resolve_plain("-"), ScalarType::Str);
        assert_eq!(resolve_plain("Standard"), ScalarType::Str);
    }
}
