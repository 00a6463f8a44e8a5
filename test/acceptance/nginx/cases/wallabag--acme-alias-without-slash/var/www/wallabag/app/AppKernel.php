<?php

class AppKernel {}
