cluster_cloud_account_name   = "aks-1"
cluster_cluster_profile_name = "ProdAKS"
backup_storage_location_name = "prod-backup-s3"

cluster_name = "aks-1"

# Spectro Cloud credentials
sc_host         = "{Enter Spectro Cloud API Host}" #e.g: api.spectrocloud.com (for SaaS)
sc_api_key      = "{Enter Spectro Cloud API Key}"
sc_project_name = "{Enter Spectro Cloud Project Name}" #e.g: Default
