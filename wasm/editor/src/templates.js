// Starting points for a new document.
export const templates = {
  "kubernetes-aks-values": {
    label: "AKS Kubernetes layer values",
    file: "kubernetes-aks-values.yaml",
    text: `# Values of the kubernetes-aks layer of a Palette cluster profile
pack:
  podCIDR: 172.16.0.0/16
  serviceClusterIpRange: 10.0.0.0/16
managedControlPlane:
  sku: Standard
  aadProfile:
    managed: true
    adminGroupObjectIDs:
      - aaaaaaaa-0000-1111-2222-bbbbbbbbbbbb
  autoUpgradeProfile:
    upgradeChannel: stable
  additionalTags:
    department: finance
managedMachinePool:
  maxPodPerNode: 30
`,
  },
  "crossplane-aks": {
    label: "Crossplane Aks cluster",
    file: "aks-cluster.yaml",
    text: `apiVersion: cluster.palette.crossplane.io/v1alpha1
kind: Aks
metadata:
  name: aks-prod
spec:
  forProvider:
    name: aks-prod
    cloudAccountId: "<cloud-account-uid>"
    tags:
      - department:finance
      - owner:platform-team
    cloudConfig:
      - region: eastus
        resourceGroup: rg-aks-prod
        subscriptionId: aaaaaaaa-0000-1111-2222-bbbbbbbbbbbb
        sshKey: "<your ssh-rsa public key>"
    machinePool:
      - name: system
        isSystemNodePool: true
        count: 3
        instanceType: Standard_D4s_v5
        diskSizeGb: 60
`,
  },
  "crossplane-azure": {
    label: "Crossplane Azure (IaaS) cluster",
    file: "azure-cluster.yaml",
    text: `apiVersion: cluster.palette.crossplane.io/v1alpha1
kind: Azure
metadata:
  name: azure-prod
spec:
  forProvider:
    name: azure-prod
    tags:
      - department:finance
    cloudConfig:
      - region: eastus
        resourceGroup: rg-azure-prod
        subscriptionId: aaaaaaaa-0000-1111-2222-bbbbbbbbbbbb
        sshKey: "<your ssh-rsa public key>"
        networkResourceGroup: rg-network
        virtualNetworkName: vnet-prod
        virtualNetworkCidrBlock: 10.10.0.0/16
        controlPlaneSubnet:
          - name: cp
            cidrBlock: 10.10.1.0/24
        workerNodeSubnet:
          - name: workers
            cidrBlock: 10.10.2.0/24
    machinePool:
      - name: cp-pool
        controlPlane: true
        count: 3
        instanceType: Standard_D4s_v5
`,
  },
  "crossplane-profile": {
    label: "Crossplane cluster Profile",
    file: "profile.yaml",
    text: `apiVersion: cluster.palette.crossplane.io/v1alpha1
kind: Profile
metadata:
  name: aks-base
spec:
  forProvider:
    name: aks-base
    cloud: aks
    type: cluster
    pack:
      - name: kubernetes-aks
        tag: "1.30"
        values: |
          managedControlPlane:
            sku: Standard
            autoUpgradeProfile:
              upgradeChannel: stable
`,
  },
  "crossplane-cloudaccount-azure": {
    label: "Crossplane Azure cloud account",
    file: "cloudaccount.yaml",
    text: `apiVersion: cloudaccount.palette.crossplane.io/v1alpha1
kind: Azure
metadata:
  name: azure-account
spec:
  forProvider:
    name: azure-account
    cloud: AzurePublicCloud
    azureTenantId: "00000000-0000-0000-0000-000000000000"
    azureClientId: "00000000-0000-0000-0000-000000000000"
    azureClientSecretSecretRef:
      key: client-secret
      name: azure-credentials
      namespace: crossplane-system
  providerConfigRef:
    name: default
`,
  },
  "capz-managed-control-plane": {
    label: "Cluster API Azure AzureManagedControlPlane",
    file: "azuremanagedcontrolplane.yaml",
    text: `apiVersion: infrastructure.cluster.x-k8s.io/v1beta1
kind: AzureManagedControlPlane
metadata:
  name: aks-prod
  namespace: default
spec:
  location: eastus
  resourceGroupName: rg-aks-prod
  subscriptionID: 00000000-0000-0000-0000-000000000000
  version: v1.30.4
  sku:
    tier: Standard
  autoUpgradeProfile:
    upgradeChannel: stable
  oidcIssuerProfile:
    enabled: true
  securityProfile:
    workloadIdentity:
      enabled: true
  additionalTags:
    department: finance
`,
  },
  "palette-capi-override": {
    label: "Palette Cluster API override (AKS)",
    file: "capi-override.yaml",
    text: `# Merged by Palette over the AzureManagedControlPlane and node pool it builds
azureManagedControlPlane:
  spec:
    sku:
      tier: Standard
    autoUpgradeProfile:
      upgradeChannel: patch
azureManagedMachinePool:
  spec:
    maxPods: 50
    additionalTags:
      team: platform
`,
  },
};
