//! `cargo bench -p palint-core --bench check`: the checker on what an editor sends it.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use palint_core::{check, Options};
use std::hint::black_box;

const PROFILE: &str = include_str!("../../examples/valid/crossplane-profile.yaml");
const AKS_VALUES: &str = include_str!("../../examples/valid/aks-values.yaml");
const INVALID_AKS_VALUES: &str = include_str!("../../examples/invalid/aks-values.yaml");
/// CAPZ's AKS cluster template (Cluster, AzureManagedControlPlane, pools; `${VAR}`s).
const CAPZ_TEMPLATE: &str =
    include_str!("../../tests/corpus/capz/templates__cluster-template-aks.yaml");
/// A real Terraform module file: clusters on three clouds, one of them Azure.
const TERRAFORM: &str =
    include_str!("../../tests/corpus/terraform/terraform/iaas-cluster-deployment-tf/clusters.tf");

/// About 3,000 lines: AKS layer values documents, one in four with problems.
pub fn multi_document(lines: usize) -> String {
    let mut text = String::new();
    let mut i = 0;
    while text.lines().count() < lines {
        text.push_str(if i % 4 == 3 {
            INVALID_AKS_VALUES
        } else {
            AKS_VALUES
        });
        text.push_str("\n---\n");
        i += 1;
    }
    text
}

fn bench(c: &mut Criterion) {
    let options = Options::default();
    let mut group = c.benchmark_group("check");
    group.throughput(Throughput::Bytes(PROFILE.len() as u64));
    group.bench_function("crossplane-profile", |b| {
        b.iter(|| check(black_box(PROFILE), &options))
    });
    group.throughput(Throughput::Bytes(CAPZ_TEMPLATE.len() as u64));
    group.bench_function("capz-aks-template", |b| {
        b.iter(|| check(black_box(CAPZ_TEMPLATE), &options))
    });
    let terraform = Options {
        path: Some("clusters.tf"),
        ..Options::default()
    };
    group.throughput(Throughput::Bytes(TERRAFORM.len() as u64));
    group.bench_function("terraform-clusters-tf", |b| {
        b.iter(|| check(black_box(TERRAFORM), &terraform))
    });
    let big = multi_document(3_000);
    group.throughput(Throughput::Bytes(big.len() as u64));
    group.bench_function("aks-values-3000-lines", |b| {
        b.iter(|| check(black_box(&big), &options))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
