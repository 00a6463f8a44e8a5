<?php
namespace Concrete\Package\CommunityStore;
