<?php
// storefront Smarty template
