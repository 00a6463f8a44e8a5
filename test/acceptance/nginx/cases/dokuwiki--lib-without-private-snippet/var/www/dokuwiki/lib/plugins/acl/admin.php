<?php
// plugin (placeholder)
