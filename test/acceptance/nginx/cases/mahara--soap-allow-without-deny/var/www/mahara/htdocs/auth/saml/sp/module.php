<?php
// SimpleSAMLphp module entry (path info).
