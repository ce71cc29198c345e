data "spectrocloud_cloudaccount_azure" "aks_account" {
  name = var.cluster_cloud_account_name
}
