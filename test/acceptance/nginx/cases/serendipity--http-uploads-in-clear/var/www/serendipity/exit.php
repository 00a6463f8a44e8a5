<?php
// link redirector
