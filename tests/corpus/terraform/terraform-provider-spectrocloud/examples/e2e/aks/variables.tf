variable "cluster_cloud_account_name" {
  type    = string
  default = ""
}

variable "backup_storage_location_name" {
  type    = string
  default = ""
}

variable "cluster1_name" {
  type    = string
  default = ""
}

variable "cluster2_name" {
  type    = string
  default = ""
}

variable "subscription_id" {
  type    = string
  default = ""
}

variable "ssh_key" {
  type    = string
  default = ""
}

variable "region" {
  type    = string
  default = ""
}

variable "resource_group" {
  type    = string
  default = ""
}
