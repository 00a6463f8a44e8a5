<?php
// placeholder: extension civix helpers
