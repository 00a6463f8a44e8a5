<?php
// SimpleSAMLphp configuration.
