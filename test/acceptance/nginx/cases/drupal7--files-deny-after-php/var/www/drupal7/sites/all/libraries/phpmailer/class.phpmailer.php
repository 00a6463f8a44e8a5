<?php
// stub for the case tree
