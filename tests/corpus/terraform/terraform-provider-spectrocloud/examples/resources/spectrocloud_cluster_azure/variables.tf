variable "cluster_ssh_public_key" {
  description = "The public SSH key to inject into the nodes"
}

variable "azure_tenant_id" {}
variable "azure_client_id" {}
variable "azure_client_secret" {}

variable "azure_subscription_id" {}
variable "azure_resource_group" {}
variable "azure_region" {}

variable "sc_host" {}
variable "sc_api_key" {}
variable "sc_project_name" {}

