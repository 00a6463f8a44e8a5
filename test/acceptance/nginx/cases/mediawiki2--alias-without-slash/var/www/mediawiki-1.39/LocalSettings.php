<?php
# Placeholder: the 1.39 settings kept after the upgrade to 1.41.
$wgDBpassword = "placeholder";
