<?php
// Report plugin
