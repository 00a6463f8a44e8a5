<?php
// gravatar plugin
