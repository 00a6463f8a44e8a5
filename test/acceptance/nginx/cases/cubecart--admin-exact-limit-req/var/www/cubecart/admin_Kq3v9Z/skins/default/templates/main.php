<?php
// admin Smarty template
