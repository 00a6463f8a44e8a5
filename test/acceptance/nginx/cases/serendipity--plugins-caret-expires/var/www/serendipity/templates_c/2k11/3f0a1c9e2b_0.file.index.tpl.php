<?php
// compiled Smarty template
