// base-2021
