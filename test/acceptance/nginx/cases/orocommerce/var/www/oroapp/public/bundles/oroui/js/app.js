define(function(){return {};});
