<?php
// stand-in for OpenCATS test/features/bootstrap/FeatureContext.php
