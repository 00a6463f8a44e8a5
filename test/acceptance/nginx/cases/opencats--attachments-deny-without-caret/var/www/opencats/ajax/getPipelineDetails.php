<?php
// stand-in for OpenCATS ajax/getPipelineDetails.php
