<?php
// shipping module
