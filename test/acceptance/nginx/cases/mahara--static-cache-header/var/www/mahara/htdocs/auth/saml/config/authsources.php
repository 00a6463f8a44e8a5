<?php
// SimpleSAMLphp auth sources.
