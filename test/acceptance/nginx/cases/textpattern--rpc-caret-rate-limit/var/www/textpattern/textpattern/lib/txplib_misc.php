<?php
// helpers
