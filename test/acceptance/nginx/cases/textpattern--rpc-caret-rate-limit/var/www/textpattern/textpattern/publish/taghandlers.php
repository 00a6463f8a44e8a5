<?php
// tag handlers
