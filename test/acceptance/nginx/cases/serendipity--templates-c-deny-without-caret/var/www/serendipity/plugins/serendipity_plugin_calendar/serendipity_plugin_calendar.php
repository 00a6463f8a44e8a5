<?php
// calendar sidebar plugin
