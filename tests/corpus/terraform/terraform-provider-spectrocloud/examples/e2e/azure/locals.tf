locals {
  cluster_kubeconfig = spectrocloud_cluster_azure.cluster.kubeconfig
}
